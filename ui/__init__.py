"""The desktop interface (PySide6 widgets, item models, dialogs)."""

import sys

if sys.version_info < (3, 12):
    # PySide6 6.12's wheels drop a reference to None on every call of a method that returns nothing
    # (harmless on Python 3.12+, where None is immortal). On 3.11 a few thousand such calls -
    # painting one screenful of a list - make Python abort with "none_dealloc". Give None a
    # reference count it cannot run out of, as 3.12 does (PEP 683). ob_refcnt is a Py_ssize_t
    # at the start of every object in CPython's release builds.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    # The same happens to True and False somewhere on the worker-task path (a test run of the
    # health panel and dashboard ended in "bool_dealloc"): make them as hard to run out of.
    for _immortal in (True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 40
