using System.Globalization;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class DateShiftTests
{
    [Fact]
    public void Patient_shift_is_stable_across_studies()
    {
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var first = deidentifier.Deidentify(TestInstances.Ct("PID-0001", "1.2.3.4.100"));
        var followUp = deidentifier.Deidentify(TestInstances.Ct("PID-0001", "1.2.3.4.200", "1.2.3.4.200.1.1", "20250101"));

        Assert.Equal(first.DateShiftDays, followUp.DateShiftDays);
        Assert.Equal(first.PatientKey, followUp.PatientKey);
    }

    [Fact]
    public void Different_patients_get_different_shifts()
    {
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var shifts = Enumerable.Range(1, 8)
            .Select(i => deidentifier.Deidentify(TestInstances.Ct($"PID-{i:D4}")).DateShiftDays)
            .ToList();

        Assert.True(shifts.Distinct().Count() > 1, string.Join(",", shifts));
        Assert.All(shifts, shift => Assert.InRange(shift, -3650, -365));
    }

    [Fact]
    public void Study_date_moves_by_reported_shift()
    {
        var dataset = TestInstances.Ct(studyDate: "20240315");
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var result = deidentifier.Deidentify(dataset);

        var expected = new DateOnly(2024, 3, 15).AddDays(result.DateShiftDays);
        Assert.Equal(expected.ToString("yyyyMMdd", CultureInfo.InvariantCulture), dataset.GetString(DicomTags.StudyDate));
        Assert.Equal("101530", dataset.GetString(DicomTags.StudyTime));
        Assert.Equal("MODIFIED", dataset.GetString(DicomTags.LongitudinalTemporalInformationModified));
    }

    [Fact]
    public void Date_time_keeps_its_time_fraction_and_offset()
    {
        var dataset = TestInstances.Ct(studyDate: "20240315");
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var result = deidentifier.Deidentify(dataset);

        var date = new DateOnly(2024, 3, 15).AddDays(result.DateShiftDays).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        Assert.Equal(date + "101530.250000+0100", dataset.GetString(DicomTags.AcquisitionDateTime));
    }

    [Fact]
    public void Dates_inside_sequences_are_shifted()
    {
        var dataset = TestInstances.Ct();
        var content = TestInstances.Item(
            (DicomTags.ValueType, DicomVR.CS, "DATE"),
            (DicomTags.Date, DicomVR.DA, "20240101"));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.ContentSequence, [content]));
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var result = deidentifier.Deidentify(dataset);

        var item = ((DicomSequence)dataset[DicomTags.ContentSequence]!).Items[0];
        var expected = new DateOnly(2024, 1, 1).AddDays(result.DateShiftDays);
        Assert.Equal(expected.ToString("yyyyMMdd", CultureInfo.InvariantCulture), item.GetString(DicomTags.Date));
    }

    [Fact]
    public void Empty_patient_id_falls_back_to_study()
    {
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var first = deidentifier.Deidentify(TestInstances.Ct("", "1.2.3.4.300", "1.2.3.4.300.1.1"));
        var second = deidentifier.Deidentify(TestInstances.Ct("", "1.2.3.4.300", "1.2.3.4.300.1.2"));
        var other = deidentifier.Deidentify(TestInstances.Ct("", "1.2.3.4.301", "1.2.3.4.301.1.1"));

        Assert.Equal(first.DateShiftDays, second.DateShiftDays);
        Assert.Equal(first.PatientKey, second.PatientKey);
        Assert.NotEqual(first.PatientKey, other.PatientKey);
    }

    [Theory]
    [InlineData("20240315", 1, "20240316")]
    [InlineData("20240301", -1, "20240229")]
    [InlineData("2024.03.15", 1, "20240316")]
    [InlineData("20240101\\20240201", -1, "20231231\\20240131")]
    [InlineData("20240101-20240110", 1, "20240102-20240111")]
    [InlineData("20240101-", 1, "20240102-")]
    public void ShiftDates_moves_each_value(string value, int days, string expected)
    {
        Assert.Equal(expected, DateShifter.ShiftDates(value, days));
    }

    [Theory]
    [InlineData("2024031510", -1, "2024031410")]
    [InlineData("202403", -400, "202301")]
    [InlineData("2024", -400, "2022")]
    [InlineData("20240315235959.999999-0500", 1, "20240316235959.999999-0500")]
    public void ShiftDateTimes_moves_the_date_part_only(string value, int days, string expected)
    {
        Assert.Equal(expected, DateShifter.ShiftDateTimes(value, days));
    }

    [Theory]
    [InlineData("UNKNOWN")]
    [InlineData("2024131")]
    [InlineData("20241340")]
    public void ShiftDates_rejects_values_that_are_not_dates(string value)
    {
        Assert.Null(DateShifter.ShiftDates(value, 1));
    }

    [Fact]
    public void Unparseable_date_is_emptied_not_kept()
    {
        var dataset = TestInstances.Ct(studyDate: "SOMEDAY");
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        deidentifier.Deidentify(dataset);

        Assert.Equal(string.Empty, dataset.GetString(DicomTags.StudyDate));
    }
}
