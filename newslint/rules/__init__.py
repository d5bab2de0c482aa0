"""Built-in rules, one module per family; each module is a hook plugin.

They are declared as entry points in newslint's own pyproject.toml, exactly as
a third-party package declares its rules.
"""
