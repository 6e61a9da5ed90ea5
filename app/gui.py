"""Builds the kiosk window from the app context and runs it (`lantern`, `lantern --kiosk`).

The window opens on the sign-in cards. A learner (or a guest) signs in: the whole theme is rebuilt
for their needs, their home opens on their course. Signing out (button, idle timer) clears every
learner widget and puts the kiosk's default theme back. The teacher screens (Library, Learners,
Settings) are behind the teacher PIN once one is set.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import threading
from typing import Any

from app.context import AppContext

log = logging.getLogger(__name__)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if platform.system() != "Linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class Lazy:
    """Stands for an engine that is built on first *call*, on the worker that makes it (never on the
    GUI thread): `Lazy(lambda: ctx.learners).list` is a function that builds the book when run."""

    def __init__(self, factory: Any) -> None:
        self._factory = factory

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(self._factory(), name)(*args, **kwargs)

        return call


class Look:
    """Applies the whole theme for whoever is signed in (or the kiosk default) at the window's size."""

    def __init__(self, ctx: AppContext, window: Any) -> None:
        from app.resources import assets_dir

        self._ctx, self._window = ctx, window
        self._icons = assets_dir() / "icons"
        self.learner: Any | None = None
        self.tokens: Any = None
        self._applied: Any = None

    def apply(self, learner: Any | None = None) -> None:
        from PySide6.QtWidgets import QApplication

        from engine.tutor.profile import style_for
        from ui.common.theme import apply_theme, theme_for

        self.learner = learner
        s = self._ctx.settings
        theme = theme_for(learner.needs if learner is not None else (), kiosk_theme=s.kiosk_theme,
                          text_scale=s.kiosk_text_scale,
                          need_scale=style_for(learner).font_scale if learner is not None else 1.0,
                          screen_height=self._window.height())
        self.tokens = theme.tokens
        if theme != self._applied:      # the same complete theme again (e.g. a learner without needs): no re-polish
            apply_theme(QApplication.instance(), theme, icons_dir=self._icons)
            self._applied = theme
        tutor = getattr(self._window, "tutor", None)
        if tutor is not None:
            tutor.set_focus_mode(theme.tokens.one_thing_at_a_time)

    def refit(self, _height: int) -> None:
        self.apply(self.learner)


# The modules the learner and teacher screens need, imported on a worker while the cards are on screen
# (imports hold the GIL only in short slices there; on the GUI thread they would freeze it for ~1 s).
SCREEN_MODULES = ("engine.changes", "app.chat_gui", "app.library_gui", "app.sync_gui", "app.tutor_gui", "app.voice_gui",
                  "ui.chat_view", "ui.escalation", "ui.learner.home", "ui.tutor_panel", "ui.quiz_view", "ui.voice",
                  "ui.voice_chat", "ui.audio_io", "ui.library_view", "ui.citations", "ui.kiosk.learner_admin",
                  "ui.kiosk.settings_screen", "ui.sync_status", "ui.enroll_dialog", "app.teacher_gui",
                  "ui.teacher.quizzes", "ui.teacher.classview", "ui.teacher.alerts",
                  "PySide6.QtMultimedia")     # the voice's device check; it brings QtNetwork


def import_screen_modules() -> int:
    import importlib

    for name in SCREEN_MODULES:
        importlib.import_module(name)
    return len(SCREEN_MODULES)


def build_window(ctx: AppContext, *, kiosk: bool | None = None, staged: bool = False):
    """Create the kiosk window; the QApplication must exist already.

    With `staged` (the app and `bench ui`), only the sign-in cards are built before the window shows:
    the learner and teacher screens are built after the first cards are on screen (their modules imported
    on a worker first, then one screen per event-loop turn), and at once if someone signs in sooner.
    Without it every screen exists when this returns. `window.screens.ready` fires when they all exist."""
    from app.notices import notices
    from app.resources import assets_dir, licenses_dir
    from ui.errors import show_error
    from ui.kiosk.avatars import Avatars
    from ui.kiosk.session import KioskSession
    from ui.kiosk.sign_in import SignInScreen
    from ui.kiosk.teacher_lock import TeacherPinDialog
    from ui.main_window import MainWindow
    from ui.tasks import Stages, TaskRunner
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from ui.common.i18n import set_language

    # The language detector (engine.text.detect, py3langid) loads in-process on a worker (`preload` in
    # start_background); it is not imported here, before the cards.
    s = ctx.settings
    kiosk = s.kiosk if kiosk is None else kiosk
    i18n_dir = assets_dir() / "i18n"
    set_language(QApplication.instance(), s.kiosk_language, i18n_dir)   # before any widget: built in it
    runner = TaskRunner()
    window = MainWindow(runner, licenses_dir=licenses_dir(), notices=notices)
    window.kiosk = kiosk

    def on_error(exc: BaseException) -> None:
        learner = session.learner if session.active else None
        show_error(window, exc, language=learner.language if learner is not None else ctx.settings.kiosk_language)

    runner.set_error_handler(on_error)
    look = Look(ctx, window)
    window.look = look
    session = KioskSession(idle_s=s.kiosk_idle_minutes * 60, warn_s=60, parent=window)
    window.session = session
    avatars = Avatars(assets_dir() / "avatars")
    window.avatars = avatars
    screens = Stages(window)
    window.screens = screens
    window.sync_status = None

    # -- sign-in: the only screen built before the window shows ----------------------------------
    book = Lazy(lambda: ctx.learners)        # the store opens (and migrates) on a worker
    sign_in = SignInScreen(runner, book, avatars, allow_guest=s.kiosk_guest)
    sign_in.error.connect(on_error)
    # A child quicker than the staged build: the rest of the screens are built now, then the sign-in.
    sign_in.chosen.connect(lambda learner: (screens.finish(), session.sign_in(learner)))
    sign_in.guest_chosen.connect(lambda: (screens.finish(), session.sign_in(None, guest=True)))
    window.set_sign_in(sign_in)

    def teacher_lock() -> Any:
        from engine.tutor.learners import TeacherLock     # on the worker: it opens the store

        if "_teacher_lock" not in window.__dict__:
            window._teacher_lock = TeacherLock(ctx.store)
        return window._teacher_lock

    lock = Lazy(teacher_lock)
    window.teacher_lock = lock

    # -- the learner's area: Home · Ask · Tutor ---------------------------------------------------
    def build_home() -> None:
        from app.tutor_gui import home_functions
        from ui.learner.home import LearnerHome

        window.homes = homes = home_functions(ctx)
        home = LearnerHome(runner, homes["home"])
        home.error.connect(on_error)
        window.home = home
        window.add_panel(lambda: QCoreApplication.translate("MainWindow", "Home"), home)

    def build_chat() -> None:
        from app.chat_gui import attach_escalation, make_chat_turns
        from ui.chat_view import ChatView

        home = window.home
        window.chat_turns = make_chat_turns(ctx)   # safety → library (cited) or cloud → output check
        chat = ChatView(runner, window.chat_turns.answer)
        chat.error.connect(on_error)
        window.chat = chat
        window.add_panel(lambda: QCoreApplication.translate("MainWindow", "Ask"), chat)
        window.escalation_bar = attach_escalation(ctx, chat, runner, on_error=on_error, answers=window.chat_turns)

        def ask_from_home(question: str) -> None:
            window.tabs.setCurrentWidget(chat)
            if question:
                chat.send(question)
            chat.input.setFocus()

        home.ask_requested.connect(ask_from_home)
        # The empty chat offers the same questions the home does (from the course's own headings).
        home.loaded.connect(lambda data: chat.set_suggestions(list(data.get("suggestions") or [])))
        session.on_reset(chat.reset)
        session.on_reset(window.escalation_bar.reset)
        session.on_reset(home.reset)

    def build_tutor() -> None:
        from app.tutor_gui import attach_tutor

        window.tutor = attach_tutor(ctx, window, runner, on_error=on_error)
        home = window.home

        def practise_from_home() -> None:
            window.tabs.setCurrentWidget(window.tutor)
            window.tutor.modes.set_mode("quiz")

        home.practise_requested.connect(practise_from_home)
        window.tutor.quiz_view.changed.connect(window.changed.emit)     # a quiz answer: progress
        window.tutor.course_changed.connect(lambda name: home.set_learner(session.learner, course=name)
                                            if session.learner is not None else None)
        session.on_reset(window.tutor.reset)

    def build_voice() -> None:
        from app.voice_gui import attach_voice

        window.voice = attach_voice(ctx, window.chat, runner, on_error=on_error)
        if window.voice is not None:
            from ui.voice import SpeakerButton

            home = window.home
            read_lesson = SpeakerButton(window.voice.read_aloud, home.current_lesson_text)
            read_lesson.setAccessibleName(QCoreApplication.translate("MainWindow", "Read the lesson aloud"))
            home.reader_tools.addWidget(read_lesson)
            home.reader_tools.addStretch(1)
            home.read_aloud_button = read_lesson
            # No speakers: nothing to hear, as in the chat (which says why beside the microphone)
            read_lesson.setVisible(not window.voice.speaker_problem)
            session.on_reset(window.voice.reset)

    # -- the teacher's area: Library · Learners · Settings (behind the teacher PIN) ---------------
    def build_library() -> None:
        from app.library_gui import attach_library

        window.library = attach_library(ctx, window, window.chat, runner, on_error=on_error, teacher=True,
                                        start=False)

    def build_learners() -> None:
        from ui.kiosk.learner_admin import LearnerAdmin

        admin = LearnerAdmin(runner, book, avatars)
        admin.error.connect(on_error)
        window.learner_admin = admin
        window.add_teacher_panel(lambda: QCoreApplication.translate("MainWindow", "Learners"), admin)

    def build_settings() -> None:
        from app.settings import save_settings_file
        from engine.changes import Changes
        from ui.kiosk.settings_screen import SettingsScreen

        def save(values: dict[str, Any]) -> None:
            save_settings_file(s.home, values)

        settings_screen = SettingsScreen(runner, s.model_dump(), save)
        settings_screen.error.connect(on_error)
        window.settings_screen = settings_screen
        window.add_teacher_panel(lambda: QCoreApplication.translate("MainWindow", "Settings"), settings_screen)
        # The model's technical status (name, device, threads, or what went wrong) is for the teacher, here;
        # a child reads only "Your tutor is ready" in the status bar.
        tutor_details = QLabel(QCoreApplication.translate("MainWindow", "Loading the tutor…"))
        tutor_details.setObjectName("tutor-details")
        tutor_details.setWordWrap(True)
        tutor_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tutor_details.setAccessibleName(QCoreApplication.translate("MainWindow", "Tutor model status"))
        settings_screen.add_section(tutor_details, QCoreApplication.translate("MainWindow", "Tutor model"))
        window.tutor_details = tutor_details

        def settings_saved(values: dict[str, Any]) -> None:
            ctx.settings = s.model_copy(update=values)
            session.set_idle(values["kiosk_idle_minutes"] * 60, 60)
            if not session.active:
                set_language(QApplication.instance(), ctx.settings.kiosk_language, i18n_dir)
            look.apply(None)

        settings_screen.saved.connect(settings_saved)

        # -- one Changes signal: each view decides what to reload ---------------------------------
        # The screens pass on what the engine reported changing; nothing here decides what an operation touched.
        window.library.changed.connect(window.changed.emit)
        window.learner_admin.changed.connect(window.changed.emit)

        def refresh_views(changes: Changes) -> None:
            if changes.learners:
                sign_in.refresh()
            if changes.progress and session.learner is not None and "home" in window.__dict__:
                window.home.progress_changed()
            if changes.library and session.active:
                runner.single(window.homes["choose_course"], session.learner, lane="session") \
                    .on_done(lambda r: window.tutor.set_courses(r[0], r[1])).on_error(on_error).start()

        window.changed.connect(refresh_views)

    def build_teacher() -> None:
        from app.teacher_gui import attach_teacher     # Quizzes · Class · Alerts (ui/teacher/)

        if "teacher_calls" in window.__dict__:
            return
        window.teacher_calls = attach_teacher(ctx, window, runner, on_error=on_error)
        tabs = window.teacher_tabs                       # Settings stays the last teacher tab
        if "settings_screen" in window.__dict__ and tabs.indexOf(window.settings_screen) < tabs.count() - 1:
            tabs.tabBar().moveTab(tabs.indexOf(window.settings_screen), tabs.count() - 1)

    # Staged, the teacher's own screens (~0.4 s of widgets) wait for the Teacher button: no child waits on them.
    # One screen per piece: the window reacts between them (each is ~50-120 ms of widgets on a loaded kiosk).
    for stage in (build_home, build_chat, build_tutor, build_voice, build_library, build_learners,
                  *(() if staged else (build_teacher,)), build_settings):
        screens.add(stage)

    window.teacher_back.clicked.connect(lambda: (window.show_sign_in(), sign_in.refresh()))

    def open_teacher() -> None:
        from app.teacher_gui import refresh_teacher

        screens.finish()
        build_teacher()
        if session.active:
            session.sign_out("teacher")

        def ask(is_set: bool) -> None:
            dialog = TeacherPinDialog(runner, lock, mode="unlock" if is_set else "set", parent=window)
            dialog.unlocked.connect(lambda: (window.show_teacher(), window.learner_admin.refresh(),
                                             refresh_teacher(window)))
            window.teacher_dialog = dialog
            dialog.open()

        runner.single(lock.is_set_now, lane="session").on_done(ask).on_error(on_error).start()

    window.teacher_requested.connect(open_teacher)

    # -- the session: sign in, sign out, idle -----------------------------------------------------
    def signed_in(learner: Any | None) -> None:
        home = window.home
        # None for a guest: the turn service saves nothing then, and a safety alert is recorded without a name.
        window.chat_turns.set_asker(learner, save=learner is not None)
        # The learner's language first (the theme orders the CJK fonts by it), then their look.
        set_language(QApplication.instance(), learner.language if learner is not None else ctx.settings.kiosk_language,
                     i18n_dir)
        look.apply(learner)
        window.tabs.setTabEnabled(window.tabs.indexOf(window.tutor), learner is not None)   # guests: no quiz
        name = learner.name if learner is not None else QCoreApplication.translate("MainWindow", "Guest")
        window.show_learner(name, avatars.icon(learner.avatar or avatars.for_name(learner.name))
                            if learner is not None else avatars.icon(None))

        def courses_ready(result: tuple[list[str], str | None, str | None]) -> None:
            if session.learner is not learner:
                return
            names, current, current_id = result
            window.tutor.set_courses(names, current)
            window.chat_turns.set_course(current_id)
            if current_id is not None and screens.done:
                warm_turns(current_id)
            if learner is not None:
                window.tutor.set_learner(learner, course=current)
            home.set_learner(learner, course=current)

        runner.single(window.homes["choose_course"], learner, lane="session").on_done(courses_ready) \
            .on_error(on_error).start()

    def signed_out(_reason: str) -> None:
        window.chat_turns.set_asker(None, save=False)
        set_language(QApplication.instance(), ctx.settings.kiosk_language, i18n_dir)
        look.apply(None)
        window.show_sign_in()
        sign_in.refresh()

    session.signed_in.connect(signed_in)
    session.signed_out.connect(signed_out)
    session.idle_warning.connect(window.set_idle_warning)
    window.sign_out_requested.connect(lambda: session.sign_out("button"))
    window.still_here.connect(session.still_here)
    window.height_class_changed.connect(look.refit)

    # -- kiosk: full screen, no quitting without the teacher PIN ----------------------------------
    def may_close() -> bool:
        if not window.kiosk or getattr(window, "_quit_allowed", False):
            return True
        # Closing is always behind the teacher PIN; the engine lets it through when none is set yet.
        dialog = TeacherPinDialog(runner, lock, mode="unlock",
                                  reason=QCoreApplication.translate("MainWindow", "Type the teacher PIN to close Lantern."),
                                  parent=window)

        def allowed() -> None:
            window._quit_allowed = True
            window.close()

        dialog.unlocked.connect(allowed)
        window.teacher_dialog = dialog
        dialog.open()
        return False

    window.close_guard = may_close

    def loaded(llm: Any) -> None:
        info = llm.info
        window.set_model_status(lambda: QCoreApplication.translate("MainWindow", "Your tutor is ready"))
        window.tutor_details.setText(QCoreApplication.translate(
            "MainWindow", "Tutor ready: {name} · {device} · {threads} threads")
            .replace("{name}", info.name).replace("{device}", info.device.upper()).replace("{threads}", str(info.n_threads)))

    def failed(exc: BaseException) -> None:
        from ui.errors import describe

        window.set_model_status(lambda: QCoreApplication.translate("MainWindow", "The tutor is not ready"))
        window.tutor_details.setText(describe(exc)[1])
        on_error(exc)

    # The kiosk look is applied once, at the window's first resize (when it is shown at its real size):
    # applying it here as well would re-polish every widget twice during start-up.
    window.show_sign_in()

    def start_background() -> None:
        """The heavy first-start work, once the cards take input and every screen exists."""
        from app.library_gui import start_library
        from app.sync_gui import attach_sync

        start_library(ctx, window.library, runner, on_error=on_error, on_changes=window.changed.emit)
        attach_sync(ctx, window, runner, place=window.settings_screen.add_section, on_error=on_error)
        if window.kiosk:
            # First run of a kiosk: the teacher chooses the PIN that guards quitting and the teacher screens.
            runner.single(lock.is_set_now, lane="session").on_done(
                lambda is_set: None if is_set else ask_for_first_pin()).on_error(on_error).start()
        # A first start assembles the bundled model (~16 s): its steps show at the top of the window. The
        # model then loads on the same lane, and a question asked meanwhile waits behind both (never lost).
        # A failed assembly is reported once, by the model's load that follows.
        runner.stream(ctx.model_steps, lane="llm").on_item(window.first_start.show_step) \
            .on_done(lambda _r: window.first_start.finish()).on_error(lambda _exc: window.first_start.finish()).start()
        runner.single(ctx.llm, lane="llm").on_done(loaded).on_error(failed).start()
        # Queued behind the library's first-start work on its lane (the vectors are in step then): the
        # safety filter and the lesson sentences answers are ranked by, ready before the first question.
        runner.single(lambda: None, lane="db").on_done(lambda _r: warm_turns(None)).start()
        from engine.text.detect import preload as preload_language

        # Ahead of the first Latin-script message (~0.7 s); a failure shows again at that first detection.
        runner.single(preload_language, lane="default").on_error(
            lambda exc: log.warning("language detector preload failed", exc_info=exc)).start()

    warmed: set[str | None] = set()
    window.answers_warmed = []           # sentences embedded by each finished warm-up (`bench ui` waits for one)

    def warm_turns(course_id: str | None) -> None:
        """Build the turn's engines and embed a course's sentences ahead of the questions (None: the
        kiosk language's courses), once per course. An error is logged, not shown: the real turn shows
        its own (a warm-up that failed only leaves the first questions slower)."""
        from app.tutor_gui import warm_answers

        if course_id in warmed:
            return
        warmed.add(course_id)

        def work(cancel: Any) -> int:
            _ = ctx.safety, ctx.turns
            return warm_answers(ctx, course_id=course_id, cancel=cancel)

        def failed(exc: BaseException) -> None:
            log.warning("warming up the answers of course %s failed", course_id, exc_info=exc)
            window.answers_warmed.append(0)

        runner.single(work, lane="warm", pass_cancel=True).on_done(window.answers_warmed.append) \
            .on_error(failed).start()

    def first_cards(profiles: list[Any]) -> None:
        sign_in.show_profiles(profiles)
        window.sign_in_ready.emit()
        if not screens.done:
            runner.single(import_screen_modules, lane="default").on_done(lambda _n: screens.start()) \
                .on_error(lambda _exc: screens.start()).start()
        screens.when_done(start_background)

    def ask_for_first_pin() -> None:
        dialog = TeacherPinDialog(runner, lock, mode="set", parent=window)
        window.teacher_dialog = dialog
        dialog.open()

    if not staged:
        screens.finish()
    runner.single(book.list, lane="session").on_done(first_cards).on_error(on_error).start()
    return window


def open_store_early(ctx: AppContext) -> threading.Thread:
    """Open (and migrate) the store on a thread now, while Qt starts and the sign-in screen is built: the
    cards' first read then finds the learner book ready. An error here reaches the window through that read."""
    def work() -> None:
        try:
            _ = ctx.learners
        except Exception:  # noqa: BLE001 - reported by the cards' own read of the book
            pass

    thread = threading.Thread(target=work, name="lantern-open-store", daemon=True)
    thread.start()
    return thread


def run_window(*, kiosk: bool = False) -> int:
    if not has_display():
        print("lantern: no display found, so the window cannot open.\n"
              "  On a desktop, run 'lantern' from a graphical session; on a headless kiosk use the CLI, e.g.\n"
              '  lantern ask "What is photosynthesis?"', file=sys.stderr)
        return 2
    ctx = AppContext()
    open_store_early(ctx)
    from PySide6.QtWidgets import QApplication

    from ui.common.startup import limit_pyside_source_scan

    limit_pyside_source_scan()     # the engines' lazy imports on workers must not stutter the window
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Lantern")
    from app.resources import assets_dir
    from ui.common.theme import register_fonts

    register_fonts(assets_dir() / "fonts")
    window = build_window(ctx, kiosk=kiosk or ctx.settings.kiosk, staged=True)
    if window.kiosk:
        window.set_kiosk(True)
    else:
        window.show()
    code = app.exec()
    window.runner.shutdown()
    ctx.close()
    return code
