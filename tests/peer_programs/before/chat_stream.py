"""Task 2 against today's client: each message built as a model."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import ChatCompletionMessageParam

client = Client()

stream = client.chat.completions.create(
    model="claude-sonnet-4-6",
    messages=[ChatCompletionMessageParam(role="user", content="Hi")],
    stream=True,
)
for chunk in stream:
    print(chunk.choices[0].delta.content or "", end="")
print()
