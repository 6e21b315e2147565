"""One store, many readers: while `polkg serve` holds the on-disk store, the other commands
read it (read-only, and say so); a load or a removal is refused with the way round, which
works."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

from .conftest import DATA, EXAMPLES

TOKEN = "shared-store-token"
#: A second document, loaded while the server holds the store.
SECOND = DATA / "corbyn-timeline.trig"


def _polkg(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "polkg.cli", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _done(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def test_commands_read_a_served_store_and_a_load_is_shown_the_way(tmp_path):
    store = tmp_path / "store"
    env = {**os.environ, "POLKG_STORE": str(store)}
    assert _done(_polkg(env, "load", str(EXAMPLES / "labour-leadership.ttl")))[0] == 0
    server = _polkg(env, "serve", "--port", "0", "--update-token", TOKEN)
    try:
        url = re.search(r"at (http://\S+/sparql)", server.stderr.readline()).group(1)
        # Two readers and a writer at once, beside the server.
        timeline = _polkg(env, "timeline", "Jeremy Corbyn", "--format", "csv")
        query = _polkg(env, "query", "members_of", "-p", "party=Labour", "-p", "date=2024-06-01",
                       "--format", "csv")
        load = _polkg(env, "load", str(SECOND))
        (t_code, t_out, t_err), (q_code, q_out, q_err) = _done(timeline), _done(query)
        assert t_code == 0, t_err
        assert "2015-09-12,Leadership began,Labour Party" in t_out
        assert q_code == 0, q_err
        assert "Keir Starmer" in q_out
        for err in (t_err, q_err):
            assert err.startswith(f"Note: {store} is in use by another process")
            assert "reading it read-only" in err
        code, _, err = _done(load)
        assert code == 1
        assert f"Error: the store at {store} is in use by another process" in err
        assert "polkg --endpoint http://HOST:PORT/sparql --token TOKEN load" in err

        # The way the message shows: through the server's update endpoint.
        code, out, err = _done(_polkg(env, "--endpoint", url, "--token", TOKEN, "load",
                                      str(SECOND)))
        assert code == 0 and out.startswith("1 loaded, 0 unchanged, 0 failed;"), err
        ask = "ASK { ?d pol:fileName ?f FILTER(CONTAINS(?f, 'corbyn-timeline.trig')) }"
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': ask})}",
                                    timeout=30) as response:
            assert json.loads(response.read())["boolean"] is True

        # Removing is writing: refused beside the server, done through it.
        code, _, err = _done(_polkg(env, "remove", SECOND.name))
        assert code == 1 and "is in use by another process" in err and "remove ..." in err
        code, out, err = _done(_polkg(env, "--endpoint", url, "--token", TOKEN, "remove",
                                      SECOND.name))
        assert code == 0 and out.startswith("action"), err
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': ask})}",
                                    timeout=30) as response:
            assert json.loads(response.read())["boolean"] is False
    finally:
        server.terminate()
        server.wait(timeout=30)
