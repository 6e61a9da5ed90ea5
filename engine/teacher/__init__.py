"""The teacher workspace (no Qt): outline, quiz review, material check, differentiated reading,
class view, alerts inbox and the open-questions queue. ui/ and the CLI only render its results."""
