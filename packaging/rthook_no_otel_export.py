"""PyInstaller runtime hook: chromadb without gRPC (17.7 MB of the bundle).

chromadb.telemetry.opentelemetry imports the OTLP gRPC span exporter at module level, which loads
grpcio's 17 MB C core in every process that opens the library, but it creates an exporter only when
OpenTelemetry tracing is switched on (CHROMA_OTEL_GRANULARITY; Lantern never sets it: it makes no network
connection). The bundle leaves grpcio and the exporter out (build.spec EXCLUDES) and registers this
stand-in module under the exporter's name before anything is imported; asking it for an exporter fails
with a message instead of a network connection.
"""
import sys
import types

_NAME = "opentelemetry.exporter.otlp.proto.grpc.trace_exporter"


class OTLPSpanExporter:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise RuntimeError("OpenTelemetry export is not part of the Lantern bundle (no gRPC); "
                           "unset CHROMA_OTEL_GRANULARITY.")


_module = types.ModuleType(_NAME, __doc__)
_module.OTLPSpanExporter = OTLPSpanExporter  # type: ignore[attr-defined]
sys.modules.setdefault(_NAME, _module)
