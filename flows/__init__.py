"""newsfacts: news articles into validated tables of events, participants, statistics and quotes.

`flows/` holds the Prefect flows (``pipeline_flow``, ``fetch_flow``), the code that serves and
starts them (``serve``, ``cli``) and the plain modules they call. The modules that read,
extract and write (``readers``, ``normalize``, ``extract``, ``pipeline``, ``warehouse``,
``fetch``, ...) import nothing from Prefect.
"""

__version__ = "0.1.0"
