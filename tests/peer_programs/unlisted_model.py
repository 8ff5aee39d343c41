"""Task 10: a model the spec does not list yet, on both endpoints."""

from acedatacloud_claude import Client

client = Client()

completion = client.chat.completions.create(
    model="claude-future-model-1",
    messages=[{"role": "user", "content": "Hi"}],
)
print("chat:", completion.choices[0].message.content)

message = client.messages.create(
    model="claude-future-model-1",
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hi"}],
)
for block in message.content:
    if block.type == "text":
        print("messages:", block.text)
