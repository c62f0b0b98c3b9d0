"""An attribute computed on first read and kept on the instance: functools.cached_property
without its lock.

Python 3.11's cached_property takes a lock on every first read of every instance (3.12 dropped
it); the cleaner and the sentence splitter read such attributes on thousands of short-lived
objects a page (a block's words, a candidate boundary's tokens), where the lock was most of
the cost. Objects of one page never cross threads, so no lock is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached_attribute(Generic[T]):
    """Like functools.cached_property: the method runs once per instance, its value is then
    stored in the instance's __dict__ (which shadows this non-data descriptor from then on)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_attribute[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
