"""The one exception type for bad input, so the command line can print it as one line."""


class MedialitError(Exception):
    """Raised for input a user can fix: a missing, empty, binary or undecodable file, a bad option.

    The message is complete on its own (it names the file and says what to do);
    the command line prints it without a traceback and exits with status 1.
    """
