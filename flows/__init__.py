"""newsfacts: news articles into validated tables of events, participants, statistics and quotes.

`flows/` holds the Prefect flows (``pipeline_flow``) and the plain modules they call. Only the
flow module imports Prefect.
"""

__version__ = "0.1.0"
