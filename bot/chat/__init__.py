"""The Discord adapter: commands, direct messages and admin reload over the core engine."""
