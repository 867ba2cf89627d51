"""scripts/audit.py audits what ships: the run-time requirements, not the dev tools."""

import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "audit", Path(__file__).resolve().parent.parent / "scripts" / "audit.py"
)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def test_what_ships_is_the_run_time_requirements_followed_through():
    shipped = audit.shipped_distributions()
    assert {"django", "django-allauth", "gunicorn", "pillow"} <= set(shipped)
    assert "asgiref" in shipped  # Django's own requirement
    assert "fido2" in shipped  # through the extra that sharehub asks for: allauth[mfa]
    assert not {"pytest", "ruff", "hypothesis", "playwright", "pip-audit", "bandit"} & set(shipped)
