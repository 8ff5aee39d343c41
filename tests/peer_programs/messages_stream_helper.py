"""Task 6: the anthropic stream helper: the text as it arrives, then the whole message."""

from acedatacloud_claude import Client

client = Client()

with client.messages.stream(
    model="claude-sonnet-4-6",
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hi"}],
) as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
    print()
    message = stream.get_final_message()

print("stop reason:", message.stop_reason)
for block in message.content:
    if block.type == "text":
        print("final text:", block.text)
