"""Placeholder."""


def read_ico(wb, source):
    return None
