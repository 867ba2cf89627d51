"""The statements a page costs when it is made: asked for at an address it has not
been kept under (bench.common.fresh_address adds a parameter pages ignore), after
one warm-up request that fills the term cache, as in use."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.common import fresh_address


def made_page_sql(client, url: str) -> list[str]:
    client.get(fresh_address(url))  # warm the caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(fresh_address(url))
    assert response.status_code == 200, url
    return [query["sql"] for query in ctx.captured_queries]


def made_page_queries(client, url: str) -> int:
    return len(made_page_sql(client, url))
