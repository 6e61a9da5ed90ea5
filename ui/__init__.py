"""Qt widgets and the task runner. No business logic here."""
