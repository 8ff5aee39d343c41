"""Task 5 against today's client: ``count_tokens`` takes another message model than
``create``, so the conversation is written twice."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import MessageParam, TokenCountMessageParam

client = Client()

messages = [MessageParam(role="user", content="Hi")]
counted = [TokenCountMessageParam(role="user", content="Hi")]

count = client.messages.count_tokens(model="claude-sonnet-4-6", messages=counted)
print("input tokens:", count.input_tokens)

message = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, messages=messages)
print("output tokens:", message.usage.output_tokens)
