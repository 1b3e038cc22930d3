"""The command line's commands, one module per kind; bot.cli imports only the one asked for."""
