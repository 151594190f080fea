using System.Globalization;
using System.Text.RegularExpressions;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// The conformance statement in content/help must state what the code negotiates. These tests read the
/// Markdown and compare its tables with the SCP's SOP classes, transfer syntaxes and defaults.
/// </summary>
public sealed partial class ConformanceStatementTests
{
    private const string Verification = "1.2.840.10008.1.1";

    private static readonly string[] Lines = File.ReadAllLines(
        Path.Combine(AppContext.BaseDirectory, "TestData", "conformance-statement.md"));

    private static readonly DicomServerOptions Defaults = new();

    [Fact]
    public void Sop_class_table_matches_storage_classes()
    {
        var listed = UidsInTableRows(Section("#### 4.2.1")).ToList();
        var storage = listed.Where(uid => uid != Verification).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(Verification, listed);
        Assert.Equal(listed.Count - 1, storage.Count);
        Assert.Empty(DicomUids.StorageSopClasses.Except(storage, StringComparer.Ordinal));
        Assert.Empty(storage.Except(DicomUids.StorageSopClasses, StringComparer.Ordinal));
    }

    [Fact]
    public void Transfer_syntax_section_matches_accepted_syntaxes()
    {
        var accepted = TransferSyntax.All
            .Where(syntax => TransferSyntaxPreference.Select([syntax.Uid], allowEncapsulated: true) is not null)
            .Select(syntax => syntax.Uid)
            .ToHashSet(StringComparer.Ordinal);
        var section = Section("#### 4.2.5");
        var listed = section.Where(line => NumberedItem().IsMatch(line)).SelectMany(UidsIn)
            .Concat(TableRows(section, "transfer syntax").SelectMany(UidsIn))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(accepted.Except(listed, StringComparer.Ordinal));
        Assert.Empty(listed.Except(accepted, StringComparer.Ordinal));
    }

    [Fact]
    public void Rejected_syntax_table_matches_negotiation()
    {
        var rejected = TransferSyntax.All.Where(TransferSyntaxPreference.IsRejected).Select(syntax => syntax.Uid);
        var listed = TableRows(Section("#### 4.2.5"), "rejected transfer syntax").SelectMany(UidsIn).ToList();

        Assert.Equal(rejected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        foreach (var uid in listed)
        {
            Assert.Null(TransferSyntaxPreference.Select([uid], allowEncapsulated: true));
        }
    }

    [Fact]
    public void Lossy_column_decides_preference_over_native()
    {
        var rows = TableRows(Section("#### 4.2.5"), "transfer syntax").Select(Cells).ToList();

        Assert.NotEmpty(rows);
        foreach (var cells in rows)
        {
            var syntax = TransferSyntax.Find(cells[1].Trim('`'))!;
            var selected = TransferSyntaxPreference.Select(
                [syntax.Uid, TransferSyntax.ExplicitVRLittleEndian.Uid], allowEncapsulated: true);
            Assert.True(cells[2] == (syntax.IsLossy ? "yes" : "no"), syntax.Name + " is listed with lossy '" + cells[2] + "'.");
            Assert.Equal(syntax.IsLossy ? TransferSyntax.ExplicitVRLittleEndian : syntax, selected);
        }
    }

    [Fact]
    public void Native_syntax_order_matches_negotiation_preference()
    {
        var listed = Section("#### 4.2.5")
            .Where(line => NumberedItem().IsMatch(line))
            .SelectMany(UidsIn)
            .ToList();

        Assert.Equal(PreferenceOrderOfNativeSyntaxes(), listed);
    }

    [Fact]
    public void Configuration_table_quotes_server_option_defaults()
    {
        var table = Section("### 4.4");

        Assert.Equal(Defaults.AeTitle, ValueOf(table, "Dicom:AeTitle"));
        Assert.Equal(Invariant(Defaults.Port), ValueOf(table, "Dicom:Port"));
        Assert.Equal(Defaults.BindAddress, ValueOf(table, "Dicom:BindAddress"));
        Assert.Equal(Invariant(Defaults.MaxPduLength), ValueOf(table, "Dicom:MaxPduLength"));
        Assert.Equal(Invariant(Defaults.MaxAssociations), ValueOf(table, "Dicom:MaxAssociations"));
        Assert.Equal(Invariant(Defaults.MaxPendingConnections), ValueOf(table, "Dicom:MaxPendingConnections"));
        Assert.Equal(Invariant(Defaults.MaxDataSetBytes), ValueOf(table, "Dicom:MaxDataSetBytes"));
        Assert.Equal(Invariant(Defaults.MaxDiscardedBytes), ValueOf(table, "Dicom:MaxDiscardedBytes"));
        Assert.Equal(Invariant(Defaults.MinFreeDiskBytes), ValueOf(table, "Dicom:MinFreeDiskBytes"));
        Assert.Equal(Invariant(Defaults.SpoolMemoryBytes), ValueOf(table, "Dicom:SpoolMemoryBytes"));
    }

    [Fact]
    public void Association_policy_table_quotes_limits_and_implementation()
    {
        var table = Section("#### 4.2.2");

        Assert.Equal(Invariant(Defaults.MaxAssociations) + " (`Dicom:MaxAssociations`)",
            RowValue(table, "maximum associations open at once"));
        Assert.Equal(Invariant(Defaults.MaxPendingConnections) + " (`Dicom:MaxPendingConnections`)",
            RowValue(table, "maximum TCP connections without an association"));
        Assert.Equal(Invariant(Defaults.MaxPduLength) + " bytes (`Dicom:MaxPduLength`)",
            RowValue(table, "maximum PDU length received"));
        Assert.Equal("`" + DicomImplementation.ClassUid + "`", RowValue(table, "implementation class UID"));
        Assert.Equal("`" + DicomImplementation.VersionName + "`", RowValue(table, "implementation version name"));
        Assert.Equal("`" + DicomUidConstants.ApplicationContext + "`", RowValue(table, "application context name"));
    }

    [Fact]
    public void Network_table_quotes_port_address_and_timeouts()
    {
        var table = Section("### 4.3");

        Assert.Equal(Invariant(Defaults.Port) + " (`Dicom:Port`)", RowValue(table, "port"));
        Assert.Contains("default `" + Defaults.BindAddress + "`", RowValue(table, "address"), StringComparison.Ordinal);
        Assert.StartsWith(Seconds(Defaults.AssociationRequestTimeout) + " s ",
            RowValue(table, "A-ASSOCIATE-RQ timeout"), StringComparison.Ordinal);
        Assert.StartsWith(Seconds(Defaults.ArtimTimeout) + " s ", RowValue(table, "ARTIM timeout"), StringComparison.Ordinal);
        Assert.Contains(Invariant(Defaults.IdleTimeout.TotalMinutes) + " minutes", RowValue(table, "idle timeout"),
            StringComparison.Ordinal);
        Assert.StartsWith(Seconds(Defaults.SendTimeout) + " s ", RowValue(table, "send timeout"), StringComparison.Ordinal);
    }

    [Fact]
    public void Called_ae_title_default_appears_in_acceptance_rules()
    {
        var rules = string.Join('\n', Section("#### 4.2.4"));

        Assert.Contains("(default `" + Defaults.AeTitle + "`)", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void Protocol_error_table_names_abort_reasons()
    {
        var reasons = AbortReasonInRow().Matches(string.Join('\n', Section("#### 4.2.8")))
            .Select(match => (Code: byte.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), Name: match.Groups[2].Value))
            .ToList();

        Assert.NotEmpty(reasons);
        foreach (var (code, name) in reasons)
        {
            Assert.True(Enum.IsDefined((AbortReason)code), $"A-ABORT reason {code} is not an AbortReason value");
            var expected = ((AbortReason)code).ToString();
            var documented = name.Replace("-", "", StringComparison.Ordinal);
            // PS3.8 Table 9-26 calls reason 0 "reason-not-specified".
            documented = code == 0 ? documented["reason".Length..] : documented;
            Assert.Equal(expected, documented, ignoreCase: true);
        }
    }

    // Calls TransferSyntaxPreference.Select repeatedly and removes each syntax it selects, so the order comes
    // from its behaviour and not from a copy of its list.
    private static List<string> PreferenceOrderOfNativeSyntaxes()
    {
        var remaining = TransferSyntax.All.Where(syntax => !syntax.IsEncapsulated).Select(syntax => syntax.Uid).ToList();
        var order = new List<string>();
        while (TransferSyntaxPreference.Select(remaining, allowEncapsulated: false) is { } preferred)
        {
            order.Add(preferred.Uid);
            remaining.Remove(preferred.Uid);
        }

        Assert.Empty(remaining);
        return order;
    }

    private static List<string> Section(string heading)
    {
        var start = Array.FindIndex(Lines, line => line.StartsWith(heading + " ", StringComparison.Ordinal));
        Assert.True(start >= 0, "heading '" + heading + "' not found in the conformance statement");
        var level = heading.TakeWhile(c => c == '#').Count();
        var end = Array.FindIndex(Lines, start + 1, line => IsHeadingAtOrAbove(line, level));
        return Lines[(start + 1)..(end < 0 ? Lines.Length : end)].ToList();
    }

    private static bool IsHeadingAtOrAbove(string line, int level)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && hashes <= level && line.Length > hashes && line[hashes] == ' ';
    }

    /// <summary>Returns the body rows of the table whose header row starts with <paramref name="firstHeader"/>.</summary>
    private static List<string> TableRows(List<string> lines, string firstHeader)
    {
        var header = lines.FindIndex(line => line.StartsWith('|') && Cells(line)[0] == firstHeader);
        Assert.True(header >= 0, "table with first column '" + firstHeader + "' not found");
        return lines.Skip(header + 2).TakeWhile(line => line.StartsWith('|')).ToList();
    }

    private static IEnumerable<string> UidsInTableRows(IEnumerable<string> lines) =>
        lines.Where(line => line.StartsWith('|')).SelectMany(UidsIn);

    private static IEnumerable<string> UidsIn(string line) =>
        DicomUid().Matches(line).Select(match => match.Groups[1].Value);

    private static string[] Cells(string row) =>
        row.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();

    private static string RowValue(List<string> table, string key)
    {
        var row = table.Where(line => line.StartsWith('|')).Select(Cells)
            .FirstOrDefault(cells => string.Equals(cells[0], key, StringComparison.Ordinal));
        Assert.True(row is not null, "row '" + key + "' not found");
        return row[1];
    }

    private static string ValueOf(List<string> table, string setting) =>
        RowValue(table, "`" + setting + "`").Trim('`');

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan value) => Invariant(value.TotalSeconds);

    [GeneratedRegex(@"`(1\.2\.840\.10008\.[0-9.]+)`")]
    private static partial Regex DicomUid();

    [GeneratedRegex(@"A-ABORT reason (\d) ([a-zA-Z-]+)")]
    private static partial Regex AbortReasonInRow();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex NumberedItem();
}
