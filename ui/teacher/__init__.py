"""The teacher's screens (behind the teacher PIN): quiz review, class view, alerts inbox, ...

Widgets only: every rule is the engine's (engine/teacher/), every store or model call runs on a
worker through ui/tasks.py, with the calls object app/teacher_gui.py hands in.
"""
