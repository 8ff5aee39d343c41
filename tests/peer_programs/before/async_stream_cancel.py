"""Task 9 against today's client: each message built as a model."""

import asyncio

from acedatacloud_claude import AsyncClient
from acedatacloud_claude.models import ChatCompletionMessageParam, MessageParam


async def first_pieces(client: AsyncClient, count: int) -> list[str]:
    pieces: list[str] = []
    stream = await client.chat.completions.create(
        model="claude-sonnet-4-6",
        messages=[ChatCompletionMessageParam(role="user", content="Hi")],
        stream=True,
    )
    async with stream:
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
            if len(pieces) == count:
                break
    print("first stream closed:", stream.response.is_closed)
    return pieces


async def read_until_cancelled(client: AsyncClient, started: asyncio.Event) -> None:
    stream = await client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=1024,
        messages=[MessageParam(role="user", content="Hi")],
        stream=True,
    )
    try:
        async with stream:
            async for event in stream:
                if event.type == "content_block_delta" and event.delta.type == "text_delta":
                    print(event.delta.text, end="", flush=True)
                    started.set()
    finally:
        print("\nsecond stream closed:", stream.response.is_closed)


async def main() -> None:
    async with AsyncClient() as client:
        print("first pieces:", await first_pieces(client, 2))
        started = asyncio.Event()
        task = asyncio.create_task(read_until_cancelled(client, started))
        await started.wait()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("cancelled")


asyncio.run(main())
