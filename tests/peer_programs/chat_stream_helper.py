"""Task 7: the openai stream helper: content deltas as events, then the whole completion; and
the text alone, from the helper's ``text_stream`` (as anthropic's helper has it)."""

from acedatacloud_claude import Client

client = Client()

with client.chat.completions.stream(
    model="claude-sonnet-4-6",
    messages=[{"role": "user", "content": "Hi"}],
) as stream:
    for event in stream:
        if event.type == "content.delta":
            print(event.delta, end="", flush=True)
    print()
    completion = stream.get_final_completion()

print("final:", completion.choices[0].message.content)

with client.chat.completions.stream(
    model="claude-sonnet-4-6",
    messages=[{"role": "user", "content": "Hi"}],
) as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
    print()
