"""Task 5: count a conversation's tokens, then send the same ``messages`` list, as anthropic
users write it."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import MessageParam

client = Client()

messages: list[MessageParam] = [{"role": "user", "content": "Hi"}]

count = client.messages.count_tokens(model="claude-sonnet-4-6", messages=messages)
print("input tokens:", count.input_tokens)

message = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, messages=messages)
print("output tokens:", message.usage.output_tokens)
