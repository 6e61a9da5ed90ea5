"""One module per `lantern` command group; each exposes `register(subparsers)`."""
