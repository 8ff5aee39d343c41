"""Task 3: a messages call with a system prompt, its text blocks printed, as anthropic users
write it."""

from acedatacloud_claude import Client

client = Client()

message = client.messages.create(
    model="claude-sonnet-4-6",
    max_tokens=1024,
    system="You are a concise assistant.",
    messages=[{"role": "user", "content": "Hi"}],
)
for block in message.content:
    if block.type == "text":
        print(block.text)
