"""Schemathesis against the API's own OpenAPI schema: no server error, no response that breaks it.

Bounded: a few dozen generated requests per route, no deadline (the machine may be busy). The app is a
session fixture (it needs a coded store), so each operation's strategy is driven here with Hypothesis."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

pytestmark = pytest.mark.slow
EXAMPLES = 30


def test_every_route_keeps_its_schema(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call_and_validate()
            assert response.status_code < 500, response.text

        check()
