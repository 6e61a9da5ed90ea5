"""Every Lantern setting, declared once: name, type, default, help, and its `LANTERN_*` override.

Load with `load_settings()` in app/ and pass values into engine constructors; nothing here runs at
import time. Precedence: constructor arguments > environment (`LANTERN_N_THREADS=4`) >
`<data folder>/settings.json` > defaults. Secrets never live here (they go to the OS keyring).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_data_dir
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from engine.errors import SettingsError


def default_home() -> Path:
    return Path(user_data_dir("lantern", appauthor=False))


class _JsonFileSource(PydanticBaseSettingsSource):
    """Reads `<home>/settings.json` (written by the app's settings dialog), below env vars."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        home = Path(os.environ.get("LANTERN_HOME") or default_home())
        path = home / "settings.json"
        if not path.exists():
            return {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise SettingsError(f"{path} is not valid JSON ({exc}).",
                                hint="Fix or delete the file; Lantern then uses its defaults.") from exc
        return {k: v for k, v in data.items() if k in self.settings_cls.model_fields}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LANTERN_", extra="ignore", validate_default=True)

    # -- data ---------------------------------------------------------------------------------
    home: Path = Field(default_factory=default_home,
                       description="Data folder: models, library, learner progress. Env: LANTERN_HOME.")

    # -- on-device LLM ------------------------------------------------------------------------
    model: str | None = Field(None, description="Model id to use (see 'lantern models list'); default: the selected one.")
    n_threads: int | None = Field(None, ge=1, le=256,
                                  description="CPU threads for the LLM; default: tuned value, else physical cores.")
    n_ctx: int | None = Field(None, ge=512, le=131072,
                              description="LLM context size in tokens; default: tuned value, else 2048.")
    n_gpu_layers: int | None = Field(None, ge=-1,
                                     description="Layers to offload to the GPU (-1 = all); default: all if the build can offload, else 0.")
    seed: int = Field(0, description="Sampling seed, fixed so answers are repeatable.")
    temperature: float = Field(0.0, ge=0.0, le=2.0, description="Sampling temperature; 0 = always the most likely word.")
    max_answer_tokens: int = Field(200, ge=8, le=4096, description="Longest answer the tutor writes, in tokens.")
    grounded_answers: Literal["auto", "model", "extract"] = Field(
        "auto", description="How answers from class material are written: extract = the lesson's own best sentence; "
                            "model = the model's words; auto = extract for base models, model for instruct models.")

    # -- voice (speech in and out) ------------------------------------------------------------
    asr_model: str | None = Field(None, description="Speech-recognition model id (see 'lantern voices list'); default: Whisper base.")
    asr_device: str = Field("auto", pattern="^(auto|cpu|cuda)$",
                            description="Where speech recognition runs: auto (CUDA float16 if available, else CPU int8), cpu, cuda.")
    asr_beam_size: int = Field(1, ge=1, le=10, description="Whisper beam size; 1 is fastest, 5 slightly more accurate.")
    speech_language: str | None = Field(None, description="The learner's spoken language (e.g. en, es); default: detect it.")
    voice: str | None = Field(None, description="Read-aloud voice id; default: one that speaks the learner's language.")
    speech_rate: float = Field(1.0, ge=0.5, le=2.0, description="Read-aloud speed: 1.0 normal, 0.75 slower, 1.25 faster.")
    voice_send_directly: bool = Field(False, description="Send a spoken question at once instead of placing it in the input to confirm.")
    voice_hands_free: bool = Field(False, description="Microphone stops by itself when the learner stops talking (else push-to-talk).")
    voice_auto_read: bool = Field(False, description="Read every tutor answer aloud as it streams in.")

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: Any, env_settings: Any,
                                   dotenv_settings: Any, file_secret_settings: Any) -> tuple[Any, ...]:
        return (init_settings, env_settings, _JsonFileSource(settings_cls))

    # -- sync with the school hub (engine/sync; the hub's own settings are LANTERN_HUB_*) --------
    # The hub address and device token come from `lantern sync enroll`, not from here.
    sync_enabled: bool = Field(True, description="Sync in the background while the window is open (when enrolled).")
    sync_interval_s: float = Field(30.0, ge=1, le=86400, description="Seconds between syncs while the hub is reachable.")
    sync_backoff_base_s: float = Field(2.0, ge=0.1, le=600, description="First retry delay after a failed sync (doubles, with jitter).")
    sync_backoff_max_s: float = Field(300.0, ge=1, le=86400, description="Longest wait between retries while offline.")
    sync_batch_size: int = Field(500, ge=1, le=500, description="Events per push request.")
    sync_timeout_s: float = Field(15.0, ge=1, le=600, description="Network timeout for one hub request.")
    sync_token_storage: Literal["auto", "keyring", "file"] = Field(
        "auto", description="Where the device token lives: OS keyring, else (auto) a 0600 file in the data folder.")

    # -- cloud escalation (engine/escalation; the hub's side is LANTERN_HUB_ESCALATION_*) ------
    # Hard questions may go to the school's cloud model through the hub (same hub and token as sync).
    cloud_enabled: bool = Field(True, description="The learner's choice: let hard questions go to the school's cloud "
                                                  "tutor when online and the school allows it.")
    cloud_confidence_threshold: float = Field(0.40, ge=0.0, le=1.0, description="Escalate when the on-device "
                                              "answer's mean token probability is below this.")
    cloud_long_question_words: int = Field(45, ge=5, le=10000, description="Questions this long (words) count as hard.")
    cloud_budget_s: float = Field(4.0, gt=0, le=120, description="Seconds the cloud has to start answering before "
                                                                 "the on-device answer is shown instead.")
    cloud_max_tokens: int = Field(400, ge=16, le=4096, description="Longest cloud answer, in tokens.")
    cloud_probe_interval_s: float = Field(30.0, ge=1, le=3600, description="Seconds between background checks "
                                                                           "that the hub can escalate.")
    cloud_safety_policy: Literal["minors", "strict"] = Field(
        "minors", description="Safety check of cloud replies: 'minors' withholds replies the output check blocks; "
                              "'strict' also withholds replies with softer flags.")

    # -- tutor: learners, quizzes, mastery, safety (engine/tutor, engine/safety) ---------------
    quiz_auto_approve: bool = Field(False, description="Approve generated quiz items that pass validation without "
                                                       "waiting for a teacher (a school's choice).")
    quiz_model_items: int = Field(3, ge=0, le=100, description="Quiz items per batch the model is asked to write; "
                                                               "the rest are deterministic cloze items (0 = none).")
    quiz_batch_size: int = Field(10, ge=1, le=200, description="Items made when a course has no quiz yet.")
    tutor_model_judge: bool = Field(False, description="Let the model judge short answers the rules can't "
                                                       "(measured unreliable for the bundled 270M model).")
    teacher_alerts: bool = Field(True, description="Record a teacher alert (synced) when a learner seems "
                                                   "distressed or at risk.")
    safety_words_file: Path | None = Field(None, description="JSON word lists per language for the safety filter; "
                                                             "default: <home>/safety_words.json when present.")

    # -- the kiosk window (ui/kiosk): defaults a teacher sets on the Settings screen --------------
    # A learner's own needs (low vision, dyslexia, ...) still override these for their session.
    kiosk: bool = Field(False, description="Kiosk mode: full screen, no window frame, and quitting needs the "
                                           "teacher PIN (also `lantern --kiosk`).")
    kiosk_idle_minutes: float = Field(10.0, ge=0, le=240, description="Sign a learner out after this many minutes "
                                      "without input, with a warning a minute before (0 = never).")
    kiosk_theme: Literal["calm", "low_vision", "dyslexia", "adhd", "autism", "anxiety"] = Field(
        "calm", description="The kiosk's look before anyone signs in and for learners without needs of their own.")
    kiosk_text_scale: float = Field(1.0, ge=0.75, le=2.5, description="Text size on the kiosk (1.0 = normal); "
                                                                      "low vision adds the learner's own factor.")
    kiosk_guest: bool = Field(True, description="Offer a Guest card that saves no progress (safety alerts still "
                                                "reach the teacher, without a name).")
    kiosk_language: Literal["en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi"] = Field(
        "en", description="The window's language before anyone signs in (a learner's own language wins for their session).")

    # -- derived paths ------------------------------------------------------------------------
    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def tuning_file(self) -> Path:
        return self.home / "tuning.json"

    @property
    def speech_dir(self) -> Path:
        return self.home / "speech"


def load_settings(**overrides: Any) -> Settings:
    """Build the settings; a bad value becomes a SettingsError naming the setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(f"LANTERN_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        raise SettingsError(f"Invalid setting: {problems}.", hint="Fix the value or unset it.") from exc


def save_settings_file(home: Path, updates: dict[str, Any]) -> Path:
    """Merge `updates` into `<home>/settings.json` (the Settings screen); unknown names are refused.
    The values are validated first, so a bad one never reaches the file."""
    unknown = sorted(set(updates) - set(Settings.model_fields))
    if unknown:
        raise SettingsError(f"Unknown setting(s): {', '.join(unknown)}.", hint="Use the names in the README's table.")
    path = Path(home) / "settings.json"
    current: dict[str, Any] = {}
    if path.exists():
        try:
            current = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            current = {}
    merged = {**current, **updates}
    load_settings(**{k: v for k, v in merged.items() if k in Settings.model_fields}, home=home)  # validates
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(merged, indent=2, sort_keys=True, default=str), encoding="utf-8")
    tmp.replace(path)
    return path


def describe_settings() -> list[dict[str, Any]]:
    """Name, env var, type, default and help of each setting (for the README and `lantern doctor`)."""
    rows = []
    for name, f in Settings.model_fields.items():
        default = f.default_factory() if f.default_factory else f.default  # type: ignore[call-arg]
        rows.append({"name": name, "env": f"LANTERN_{name.upper()}", "type": str(f.annotation),
                     "default": default, "help": f.description})
    return rows
