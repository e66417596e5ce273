"""Every string in decoded JSON: the shipped heads must carry no training message."""


def strings_in(value: object) -> list[str]:
    """Every string value nested in decoded JSON (keys excluded)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []
