"""Task 3 against today's client: each message built as a model."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import MessageParam

client = Client()

message = client.messages.create(
    model="claude-sonnet-4-6",
    max_tokens=1024,
    system="You are a concise assistant.",
    messages=[MessageParam(role="user", content="Hi")],
)
for block in message.content:
    if block.type == "text":
        print(block.text)
