"""Task 10 against today's client: each message built as a model."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import ChatCompletionMessageParam, MessageParam

client = Client()

completion = client.chat.completions.create(
    model="claude-future-model-1",
    messages=[ChatCompletionMessageParam(role="user", content="Hi")],
)
print("chat:", completion.choices[0].message.content)

message = client.messages.create(
    model="claude-future-model-1",
    max_tokens=1024,
    messages=[MessageParam(role="user", content="Hi")],
)
for block in message.content:
    if block.type == "text":
        print("messages:", block.text)
