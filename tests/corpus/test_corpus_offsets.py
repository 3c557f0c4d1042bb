"""OffsetMap: cleaned offsets back to raw offsets, through two cleaning stages and a part slice."""

from safeplan.corpus.offsets import OffsetMap, apply_edits


def test_apply_edits_maps_every_kept_character():
    raw = "ab◆★cd&emsp;ef"
    text, offsets = apply_edits(raw, [(2, 4, ""), (6, 12, " ")])
    assert text == "abcd ef"
    assert [offsets[i] for i in range(len(text) + 1)] == [0, 1, 4, 5, 6, 12, 13, 14]


def test_same_length_replacement_keeps_a_one_to_one_map():
    text, offsets = apply_edits("0。008", [(1, 2, ".")])
    assert text == "0.008" and [offsets[i] for i in range(6)] == [0, 1, 2, 3, 4, 5]


def test_compose_and_shift():
    raw = "<p>一、甲</p>\n<p>二、乙</p>"
    plain, first = apply_edits(raw, [(0, 3, ""), (6, 10, ""), (11, 14, ""), (17, 21, "")])
    assert plain == "一、甲\n二、乙"
    cleaned, second = apply_edits(plain, [(0, 2, "")])          # drop "一、"
    assert cleaned == "甲\n二、乙"
    both = second.compose(first)
    assert [raw[both[i]] for i in range(len(cleaned))] == list(cleaned)
    part = both.shifted(2, len(cleaned))                          # the slice "二、乙"
    assert len(part) == 4 and [raw[part[i]] for i in range(3)] == ["二", "、", "乙"]
    assert part[3] == len(raw)


def test_it_reads_like_a_list():
    offsets = OffsetMap.identity(3)
    assert (len(offsets), offsets[-1], offsets[1:3], list(offsets)) == (4, 3, [1, 2], [0, 1, 2, 3])
