"""Readers turn a file's bytes into Documents; each module here is a hook plugin.

They register through the ``newslint`` entry-point group like any third-party
reader: ``markdown`` and ``jsonl`` claim their file types, ``text`` takes the rest.
"""
