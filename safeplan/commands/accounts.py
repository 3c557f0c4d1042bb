"""safeplan accounts …: the workbench's accounts and roles (a thin face over safeplan.accounts)."""

from __future__ import annotations

import sys

import click

from safeplan.commands.options import workspace_option


@click.group()
def accounts():
    """Workbench accounts in WORKSPACE/accounts.yaml: who logs in to `safeplan serve` and what each may do.

    \b
    Roles:
      安办  the street's safety office: reports for any unit of its --unit (a street; none: every unit)
            and approves 销号
      社区  a community: reports for its own --unit only, never approves 销号
      只读  reads the workbench and the ledger, changes nothing

    Passwords are read from a prompt (or one line of standard input with --password-stdin), never from
    the command line, and stored as argon2id hashes. Once an account exists the workbench asks every
    browser to log in with a name and password; `--token` keeps working for API clients.

    \b
    Example:
      safeplan accounts add 赵主任 --role 安办 --unit 城东街道
      printf '%s\\n' "$PW" | safeplan accounts add 李网格员 --role 社区 --unit 东湖社区 --password-stdin
      safeplan accounts list
      safeplan accounts remove 李网格员
    """


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@accounts.command()
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(["安办", "社区", "只读"]), help="安办, 社区 or 只读.")
@click.option("--unit", default="", help="The street (安办) or community (社区) the account acts for; "
                                         "街道/社区 when the name repeats.")
@click.option("--password-stdin", is_flag=True, help="Read the password from one line of standard input.")
@click.option("--replace", is_flag=True, help="Change an existing account (role, unit and password).")
@workspace_option
def add(name, role, unit, password_stdin, replace, workspace):
    """Add an account (the password is asked for, twice).

    \b
    Example:
      safeplan accounts add 赵主任 --role 安办 --unit 城东街道
    """
    from safeplan.accounts import add_account
    from safeplan.workspace import Workspace

    root = Workspace.at(workspace).root
    account = add_account(root, name, role, unit, _password(password_stdin), replace=replace)
    click.echo(f"{'changed' if replace else 'added'} {account.name} ({account.role}"
               f"{'，' + account.unit if account.unit else ''}) in {root / 'accounts.yaml'}")


@accounts.command(name="list")
@workspace_option
def list_(workspace):
    """List the accounts: name, role, unit (never the password hashes)."""
    from safeplan.accounts import load_accounts
    from safeplan.workspace import Workspace

    found = load_accounts(Workspace.at(workspace).root)
    if not found:
        click.echo("no accounts (the workbench runs without logins; add one with `safeplan accounts add`)")
    for a in found:
        click.echo(f"{a.name}\t{a.role}\t{a.unit or '（全部单位）'}")


@accounts.command()
@click.argument("name")
@workspace_option
def remove(name, workspace):
    """Remove an account; its open sessions end at their next request."""
    from safeplan.accounts import remove_account
    from safeplan.workspace import Workspace

    remove_account(Workspace.at(workspace).root, name)
    click.echo(f"removed {name}")
