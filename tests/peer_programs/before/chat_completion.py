"""Task 1 against today's client: each message built as a model."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import ChatCompletionMessageParam

client = Client()

completion = client.chat.completions.create(
    model="claude-sonnet-4-6",
    messages=[ChatCompletionMessageParam(role="user", content="Hi")],
)
print(completion.choices[0].message.content)
