"""Task 6 against today's client: no stream helper, so the events are read one by one, the
text picked from the deltas and the final message put together by hand."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import (
    ContentBlock,
    ContentBlockDeltaEvent,
    Message,
    MessageDeltaEvent,
    MessageParam,
    MessageStartEvent,
    TextDelta,
)

client = Client()

stream = client.messages.create(
    model="claude-sonnet-4-6",
    max_tokens=1024,
    messages=[MessageParam(role="user", content="Hi")],
    stream=True,
)
message: Message | None = None
texts: list[str] = []
with stream:
    for event in stream:
        if isinstance(event, MessageStartEvent):
            message = event.message
        elif isinstance(event, ContentBlockDeltaEvent) and isinstance(event.delta, TextDelta):
            print(event.delta.text, end="", flush=True)
            texts.append(event.delta.text)
        elif isinstance(event, MessageDeltaEvent) and message is not None:
            message.stop_reason = event.delta.stop_reason
    print()
assert message is not None, "the stream had no message_start event"
message.content = [ContentBlock(type="text", text="".join(texts))]

print("stop reason:", message.stop_reason)
for block in message.content:
    if block.type == "text":
        print("final text:", block.text)
