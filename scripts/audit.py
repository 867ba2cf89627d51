"""Supply-chain audit of what ShareHub ships: `python scripts/audit.py` (CI runs it).

1. Python: the distributions the `sharehub` package needs at run time (its own
   requirements, followed recursively; the dev extras do not ship) are checked
   with pip-audit against PyPI's vulnerability data. Where a registry mirror does
   not serve PyPI's per-release JSON (pip-audit then says "not found on PyPI"), a
   package is checked through its project JSON instead, whose `vulnerabilities`
   describe the newest release: exact when the installed version is the newest,
   otherwise the package is listed as not audited.
2. JavaScript: `npm audit --omit=dev` over the packages whose files ship
   (govuk-frontend; sass only builds the CSS).
3. bandit over sharehub/: no high-severity finding.

Exit status 1 on any known vulnerability or high finding. A service that cannot
be reached is reported, loudly, as "not audited": it does not prove anything
either way, and CI does not fail on the network.
"""

import json
import re
import subprocess
import sys
import tempfile
import urllib.request
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def shipped_distributions() -> dict[str, str]:
    """{name: version} of `sharehub`'s run-time requirements (with the extras it
    asks for, such as allauth's mfa), recursively."""
    found: dict[str, str] = {}
    todo = [("sharehub", frozenset())]
    while todo:
        name, extras = todo.pop()
        for line in metadata.distribution(name).requires or []:
            requirement = Requirement(line)
            wanted = requirement.marker is None or any(
                requirement.marker.evaluate({"extra": extra}) for extra in extras | {""}
            )
            dependency = canonical(requirement.name)
            if not wanted or dependency in found:
                continue
            try:
                found[dependency] = metadata.version(dependency)
            except metadata.PackageNotFoundError:
                continue  # a requirement for another platform or Python
            todo.append((dependency, frozenset(requirement.extras)))
    return found


def fetch_json(url: str):
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.load(response)


def project_advisories(name: str, version: str) -> tuple[list[str] | None, str]:
    """Advisories for `name==version` from PyPI's project JSON, or None when not auditable."""
    try:
        project = fetch_json(f"https://pypi.org/pypi/{name}/json")
    except OSError as error:
        return None, f"PyPI unreachable ({error})"
    newest = project["info"]["version"]
    if newest != version:
        return None, f"installed {version}, newest {newest}: the mirror has no per-release data"
    return [v["id"] for v in project.get("vulnerabilities") or []], ""


def audit_python() -> tuple[list[str], list[str]]:
    shipped = shipped_distributions()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as requirements:
        requirements.write("".join(f"{n}=={v}\n" for n, v in sorted(shipped.items())))
    run = subprocess.run(
        [BIN / "pip-audit", "-r", requirements.name, "--no-deps", "--disable-pip", "-f", "json"],
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(run.stdout)["dependencies"]
    except (ValueError, KeyError):
        report = [
            {"name": n, "version": v, "skip_reason": run.stderr[-200:]} for n, v in shipped.items()
        ]
    problems, unaudited = [], []
    by_pip_audit = 0
    for dependency in report:
        name, version = (
            dependency["name"],
            dependency.get("version", shipped.get(dependency["name"])),
        )
        if "skip_reason" not in dependency:
            by_pip_audit += 1
            problems += [f"{name} {version}: {v['id']}" for v in dependency.get("vulns", [])]
            continue
        advisories, why = project_advisories(name, version)
        if advisories is None:
            unaudited.append(f"{name} {version}: {why}")
        else:
            problems += [f"{name} {version}: {a}" for a in advisories]
    print(
        f"Python: {len(shipped)} shipped distributions; {by_pip_audit} audited by pip-audit, "
        f"{len(report) - by_pip_audit - len(unaudited)} through PyPI's project data, "
        f"{len(unaudited)} not audited"
    )
    return problems, unaudited


def audit_npm() -> tuple[list[str], list[str]]:
    run = subprocess.run(
        ["npm", "audit", "--omit=dev", "--json"], cwd=ROOT, capture_output=True, text=True
    )
    try:
        report = json.loads(run.stdout)
    except ValueError:
        report = {}
    if "error" in report or "metadata" not in report:
        reason = report.get("message") or run.stderr.strip()[-200:]
        return [], [f"npm audit: advisory service unreachable ({reason})"]
    shipped = report["metadata"]["dependencies"]
    print(f"JavaScript: {shipped.get('total', shipped)} shipped packages audited by npm audit")
    return [f"npm {name}: {v['severity']}" for name, v in report["vulnerabilities"].items()], []


def audit_code() -> list[str]:
    run = subprocess.run(
        [BIN / "bandit", "-r", "sharehub", "-q", "-f", "json", "--severity-level", "high"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    results = json.loads(run.stdout)["results"]
    print(f"bandit: {len(results)} high-severity findings in sharehub/")
    return [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}" for r in results]


def main() -> int:
    python_problems, python_unaudited = audit_python()
    npm_problems, npm_unaudited = audit_npm()
    problems = python_problems + npm_problems + audit_code()
    for line in python_unaudited + npm_unaudited:
        print(f"NOT AUDITED  {line}")
    for line in problems:
        print(f"VULNERABLE   {line}")
    print("audit:", "known problems above" if problems else "no known vulnerabilities found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
