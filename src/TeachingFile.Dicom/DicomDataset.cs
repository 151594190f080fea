using System.Collections;

namespace TeachingFile.Dicom;

/// <summary>
/// A data set: data elements kept sorted by tag. Nested data sets (sequence items) know their
/// <see cref="Parent"/> so that Specific Character Set is inherited (PS3.5 Section 6.1.2.5.3).
/// </summary>
public sealed partial class DicomDataset : IEnumerable<DicomItem>
{
    private readonly List<DicomItem> _items = [];

    /// <summary>Creates an empty data set.</summary>
    public DicomDataset()
    {
    }

    /// <summary>Creates a data set holding <paramref name="items"/>.</summary>
    public DicomDataset(IEnumerable<DicomItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            AddOrUpdate(item);
        }
    }

    /// <summary>Number of elements at this level.</summary>
    public int Count => _items.Count;

    /// <summary>
    /// The data set holding the sequence this data set is an item of; set when the sequence is added with
    /// <see cref="AddOrUpdate"/>. Null at the top level.
    /// </summary>
    public DicomDataset? Parent { get; internal set; }

    /// <summary>
    /// Problems the reader recovered from while reading this data set (odd lengths, missing delimiters,
    /// misspelt character set terms, ...), as <see cref="DicomFile.Warnings"/> lists them: at most
    /// <see cref="DicomReadOptions.MaxWarnings"/> lines and one saying the rest were dropped. The lines
    /// name tags, offsets, lengths, VRs, transfer syntaxes and Specific Character Set terms, never
    /// other element values. Empty for a data set made in memory, a clone and a sequence item.
    /// </summary>
    public IReadOnlyList<string> ReadWarnings { get; internal set; } = [];

    /// <summary>The element with <paramref name="tag"/>, or null.</summary>
    public DicomItem? this[DicomTag tag]
    {
        get
        {
            var index = IndexOf(tag);
            return index >= 0 ? _items[index] : null;
        }
    }

    /// <summary>True when this level holds <paramref name="tag"/>.</summary>
    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    /// <summary>Gets the element with <paramref name="tag"/>.</summary>
    public bool TryGetItem(DicomTag tag, out DicomItem? item)
    {
        item = this[tag];
        return item is not null;
    }

    /// <summary>Adds the element, replacing one with the same tag.</summary>
    public void AddOrUpdate(DicomItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item is DicomSequence sequence)
        {
            foreach (var nested in sequence.Items)
            {
                nested.Parent = this;
            }
        }

        if (_items.Count == 0 || _items[^1].Tag < item.Tag)
        {
            _items.Add(item);
            return;
        }

        var index = IndexOf(item.Tag);
        if (index >= 0)
        {
            _items[index] = item;
        }
        else
        {
            _items.Insert(~index, item);
        }
    }

    /// <summary>Removes the element with <paramref name="tag"/>; false when there was none.</summary>
    public bool Remove(DicomTag tag)
    {
        var index = IndexOf(tag);
        if (index < 0)
        {
            return false;
        }

        _items.RemoveAt(index);
        return true;
    }

    /// <summary>Removes every element.</summary>
    public void Clear() => _items.Clear();

    /// <summary>A deep copy of the tree; byte sources are shared (they are immutable).</summary>
    public DicomDataset Clone()
    {
        var copy = new DicomDataset();
        foreach (var item in _items)
        {
            copy._items.Add(item.DeepClone());
            if (copy._items[^1] is DicomSequence sequence)
            {
                sequence.Items.ForEach(nested => nested.Parent = copy);
            }
        }

        return copy;
    }

    /// <inheritdoc/>
    public IEnumerator<DicomItem> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(DicomTag tag)
    {
        int low = 0, high = _items.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var compare = _items[mid].Tag.CompareTo(tag);
            if (compare == 0)
            {
                return mid;
            }

            if (compare < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }
}
