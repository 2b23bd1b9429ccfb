namespace InternalControl.Rules.Runtime;

/// <summary>A growable array of rows of one pupil (and subject): compiled aggregates loop over Items[0..Count).</summary>
internal sealed class FactGroup<T>
    where T : struct
{
    public T[] Items = new T[4];
    public int Count;

    public void Add(T row)
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Items.Length * 2);
        }

        Items[Count++] = row;
    }

    /// <summary>Removes the row at an index, keeping the others in order.</summary>
    public void RemoveAt(int index)
    {
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Count--;
    }
}
