"""The class library: import material (txt, md, html, pdf, docx), chunk it, list and remove it."""
from __future__ import annotations

from engine.library.chunking import Chunk, chunk_blocks
from engine.library.importer import DEFAULT_COURSE, CourseInfo, DocumentInfo, ImportProgress, Library
from engine.library.readers import SUPPORTED_TYPES, Block, read_blocks
from engine.library.sample import ensure_sample_course, sample_course_folders

__all__ = ["DEFAULT_COURSE", "SUPPORTED_TYPES", "Block", "Chunk", "CourseInfo", "DocumentInfo", "ImportProgress",
           "Library", "chunk_blocks", "ensure_sample_course", "read_blocks",
           "sample_course_folders"]
