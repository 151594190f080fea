using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Data;

namespace TeachingFile.Core.Nodes;

/// <summary>Adds, changes and removes nodes (for the Nodes admin page) and refreshes the node cache.</summary>
public sealed class DicomNodeService(TeachingFileDbContext db, DicomNodeDirectory directory)
{
    public Task<List<DicomNode>> ListAsync(CancellationToken cancellationToken) =>
        db.DicomNodes.AsNoTracking().OrderBy(n => n.AeTitle).ToListAsync(cancellationToken);

    /// <summary>Registers a node; throws <see cref="ArgumentException"/> when the AE title is invalid or taken.</summary>
    public async Task<DicomNode> AddAsync(
        string aeTitle, string? ownerEmail, string? description, CancellationToken cancellationToken)
    {
        var title = NormalizeAeTitle(aeTitle);
        if (await db.DicomNodes.AnyAsync(n => n.AeTitle == title, cancellationToken).ConfigureAwait(false))
        {
            throw new ArgumentException($"AE title '{title}' is already registered.", nameof(aeTitle));
        }

        var node = new DicomNode
        {
            AeTitle = title,
            OwnerEmail = EmptyToNull(ownerEmail),
            Description = EmptyToNull(description),
        };
        db.DicomNodes.Add(node);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        directory.Invalidate();
        return node;
    }

    /// <summary>Changes a node's owner and description; returns false when no node has that id.</summary>
    public async Task<bool> UpdateAsync(
        int id, string? ownerEmail, string? description, CancellationToken cancellationToken)
    {
        var node = await db.DicomNodes.FindAsync([id], cancellationToken).ConfigureAwait(false);
        if (node is null)
        {
            return false;
        }

        node.OwnerEmail = EmptyToNull(ownerEmail);
        node.Description = EmptyToNull(description);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        directory.Invalidate();
        return true;
    }

    /// <summary>Removes a node; a node from configuration comes back on the next start.</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var removed = await db.DicomNodes.Where(n => n.Id == id)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        directory.Invalidate();
        return removed > 0;
    }

    /// <summary>Trims trailing spaces and checks the AE title rules of PS3.5 (1-16 characters, no backslash or control characters).</summary>
    public static string NormalizeAeTitle(string aeTitle)
    {
        var title = (aeTitle ?? string.Empty).TrimEnd(' ');
        if (title.Length is 0 or > 16 || title.Trim().Length == 0 ||
            title.Any(c => c == '\\' || char.IsControl(c) || c > '~'))
        {
            throw new ArgumentException(
                $"AE title '{title}' is invalid: expected 1 to 16 printable ASCII characters without a backslash.",
                nameof(aeTitle));
        }

        return title;
    }

    private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
