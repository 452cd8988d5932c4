"""Typed records the extractors return, each with character offsets into articles.text."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class Participant:
    """An actor of one article, under its canonical name, with every mention."""

    name: str
    kind: str
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None

    @property
    def char_start(self) -> int:
        return min(start for start, _ in self.mentions)

    @property
    def char_end(self) -> int:
        return min(self.mentions)[1]

    def add_mention(self, span: Span, surface: str) -> None:
        if span not in self.mentions:
            self.mentions.append(span)
        if surface and surface not in self.aliases:
            self.aliases.append(surface)


@dataclass
class Quote:
    """Words attributed to a speaker. `speaker_span` points at the mention of the speaker
    (the antecedent, for a pronoun), so that it can be linked to a participant."""

    text: str
    char_start: int
    char_end: int
    speaker_text: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    medium: str | None = None
    is_direct: bool = True


@dataclass
class Statistic:
    """A number the article claims, with what it counts."""

    value: float
    mention: str
    char_start: int
    char_end: int
    value_max: float | None = None
    unit: str | None = None
    period: str | None = None
    measured: str | None = None
    approximate: bool = False


@dataclass
class Event:
    """A happening. Its actors and targets are returned beside it as participants."""

    event_type: str
    trigger: str
    evidence: str
    char_start: int
    char_end: int
    status: str = "occurred"
    location: str | None = None
    when_text: str | None = None
    mention_count: int = 1
