"""Logs never carry secrets."""

import io
import logging

from bot.logs import configure_logging

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.very-secret-token"


def test_token_is_redacted_at_every_level() -> None:
    stream = io.StringIO()
    configure_logging("DEBUG", secrets=[TOKEN], stream=stream)
    log = logging.getLogger("lantern.test")

    log.debug("connecting with %s", TOKEN)
    log.info("token=" + TOKEN, extra={"detail": TOKEN})
    try:
        raise RuntimeError(f"login failed for {TOKEN}")
    except RuntimeError:
        log.exception("failure")

    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count("[redacted]") >= 3


def test_json_lines_carry_extra_ids() -> None:
    import json

    stream = io.StringIO()
    configure_logging("INFO", json_format=True, stream=stream)
    logging.getLogger("lantern.test").info("alert delivered", extra={"escalation_id": 7})

    record = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert record["message"] == "alert delivered"
    assert record["escalation_id"] == 7
