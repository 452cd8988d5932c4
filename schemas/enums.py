"""Allowed values, defined once, each with its meaning.

The pandera models check against these, the data dictionary prints the
meanings, and the extractors import them; nothing here is typed twice.
"""

from __future__ import annotations

PARTICIPANT_KINDS: dict[str, str] = {
    "person": "A named human being.",
    "organization": "A named agency, ministry, company, court, party or other body.",
    "country": "A state, also when named by its capital as a government ('Beijing criticized').",
    "location": "A place that is only a place: a city where talks happen, a dateline.",
    "group": "An unnamed collective that acts or speaks ('senior administration officials').",
}

PLOVER_EVENT_TYPES: dict[str, str] = {
    "AGREE": "Pledges, deals, joint statements of agreement.",
    "CONSULT": "Talks, meetings, visits and calls.",
    "SUPPORT": "Praise, endorsement, political support.",
    "CONCEDE": "Easing, release, admission, concession.",
    "COOPERATE": "Sharing information, joint operations, working together.",
    "AID": "Material, financial, humanitarian or security aid.",
    "RETREAT": "Withdrawal, retreat, pulling out.",
    "REQUEST": "Appeals, demands, calls on someone to act.",
    "ACCUSE": "Criticism, blame, accusation.",
    "REJECT": "Refusal, rejection, veto, denial.",
    "THREATEN": "Threats and ultimatums.",
    "PROTEST": "Demonstrations, strikes, boycotts.",
    "SANCTION": "Sanctions, indictments, bans and designations.",
    "MOBILIZE": "Deployment or mobilisation of forces.",
    "COERCE": "Arrests, seizures, raids, detentions, extraditions.",
    "ASSAULT": "Attacks, killings, bombings, physical violence.",
}

EVENT_STATUSES: dict[str, str] = {
    "planned": "Announced or intended, not yet happened ('will hold talks').",
    "occurred": "Happened before the article was written.",
    "ongoing": "Under way when the article was written ('are holding talks').",
    "negated": "Reported as not happening ('did not agree').",
}

DATE_PRECISIONS: dict[str, str] = {
    "day": "event_date is the exact day.",
    "month": "event_date is the first day of the month meant.",
    "year": "event_date is the first day of the year meant.",
}

EVENT_ROLES: dict[str, str] = {
    "actor": "The participant who does what the event describes.",
    "target": "The participant the event is done to or aimed at.",
}

QUARANTINE_STAGES: dict[str, str] = {
    "read": "The input could not be read or parsed into an article.",
    "extract": "Extraction failed on an article that was read.",
    "validate": "An extracted row broke its table's schema and was set aside.",
}

QUARANTINE_OUTCOMES: dict[str, str] = {
    "skipped": "Nothing from this input or row reached the tables.",
    "kept": "The article was kept; only the part named in the reason was lost.",
}
