"""Subcommands of `medialit`: each module has NAME, HELP, DESCRIPTION, add_arguments(parser), run(args) -> int."""
