"""The runtime every generated package carries: these modules are copied into it verbatim (they
hold nothing of any spec), and are linted and type-checked here, where they are written.

Never imported by the toolkit itself; each module imports its siblings relatively, as it will
inside the generated package.
"""
