namespace ExhibitionViewer.Touring;

/// <summary>
/// A stack that keeps only its newest <see cref="Capacity"/> items, dropping the oldest: a kiosk's back history over
/// a day of visits must not grow without end.
/// </summary>
internal sealed class BoundedStack<T>
{
    private readonly LinkedList<T> items = new();

    public BoundedStack(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count => items.Count;

    public void Push(T item)
    {
        items.AddLast(item);
        if (items.Count > Capacity) items.RemoveFirst();
    }

    public bool TryPop(out T item)
    {
        if (items.Last is not { } last)
        {
            item = default!;
            return false;
        }

        item = last.Value;
        items.RemoveLast();
        return true;
    }

    public void Clear() => items.Clear();
}
