"""Resource namespaces of the client, one module per top-level resource."""

from .activity import Activity, AsyncActivity
from .assistant import Assistant, AsyncAssistant
from .authors import AsyncAuthors, Authors
from .books import AsyncBooks, Books
from .categories import AsyncCategories, Categories
from .health import AsyncHealth, Health
from .inventory import AsyncInventoryResource, InventoryResource
from .orders import AsyncOrders, Orders
from .reading_lists import AsyncReadingLists, ReadingLists
from .recommendations import AsyncRecommendations, Recommendations
from .search import AsyncSearch, Search
from .sessions import AsyncSessions, Sessions

__all__ = [
    "Activity",
    "AsyncActivity",
    "Assistant",
    "AsyncAssistant",
    "Authors",
    "AsyncAuthors",
    "Books",
    "AsyncBooks",
    "Categories",
    "AsyncCategories",
    "Health",
    "AsyncHealth",
    "InventoryResource",
    "AsyncInventoryResource",
    "Orders",
    "AsyncOrders",
    "ReadingLists",
    "AsyncReadingLists",
    "Recommendations",
    "AsyncRecommendations",
    "Search",
    "AsyncSearch",
    "Sessions",
    "AsyncSessions",
]
