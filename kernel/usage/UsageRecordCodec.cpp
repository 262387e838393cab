#include "usage/UsageRecordCodec.h"

#include "usage/UsageLogTable.h"

#include <cstdint>
#include <cstring>

namespace sluice::usage {

namespace {

constexpr uint32_t kMagic = 0x31554c53;  // "SLU1" in a little-endian file
constexpr size_t kPrefixBytes = 8;       // magic and payload length
constexpr uint32_t kMaxPayload = 1 << 20;

template <class T>
void put(std::string& out, T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

void putText(std::string& out, std::string_view text) {
    put(out, static_cast<uint32_t>(text.size()));
    out.append(text);
}

/** Reads fields of one payload in order; any read past its end marks it damaged. */
class PayloadReader {
public:
    explicit PayloadReader(std::string_view payload) : rest_(payload) {}

    template <class T>
    T next() {
        T value{};
        if (rest_.size() < sizeof(T)) {
            damaged_ = true;
            return value;
        }
        std::memcpy(&value, rest_.data(), sizeof(T));
        rest_.remove_prefix(sizeof(T));
        return value;
    }

    std::string text() {
        const uint32_t length = next<uint32_t>();
        if (damaged_ || rest_.size() < length) {
            damaged_ = true;
            return {};
        }
        std::string value(rest_.substr(0, length));
        rest_.remove_prefix(length);
        return value;
    }

    /** True when every field was there and nothing is left over. */
    bool whole() const noexcept { return !damaged_ && rest_.empty(); }

private:
    std::string_view rest_;
    bool damaged_ = false;
};

}  // namespace

void encodeUsageRecord(const UsageRecord& record, std::string& out) {
    const size_t start = out.size();
    put(out, kMagic);
    put(out, uint32_t{0});  // the payload length, filled in below
    for (int64_t value : {record.createdAt, record.tokenId, record.channelId, record.latencyMs, record.firstByteMs,
                          record.promptTokens, record.completionTokens, record.totalTokens})
        put(out, value);
    put(out, static_cast<int32_t>(record.status));
    put(out, static_cast<uint8_t>(record.stream ? 1 : 0));
    putText(out, record.requestId);
    putText(out, record.model);
    putText(out, record.upstreamModel);
    putText(out, std::string_view(record.error).substr(0, kMaxUsageErrorText));
    const auto length = static_cast<uint32_t>(out.size() - start - kPrefixBytes);
    std::memcpy(out.data() + start + sizeof(kMagic), &length, sizeof length);
}

std::vector<UsageRecord> decodeUsageRecords(std::string_view bytes) {
    std::vector<UsageRecord> records;
    while (bytes.size() >= kPrefixBytes) {
        uint32_t magic = 0;
        uint32_t length = 0;
        std::memcpy(&magic, bytes.data(), sizeof magic);
        std::memcpy(&length, bytes.data() + sizeof magic, sizeof length);
        if (magic != kMagic || length > kMaxPayload || bytes.size() - kPrefixBytes < length) break;
        PayloadReader in(bytes.substr(kPrefixBytes, length));
        UsageRecord record;
        record.createdAt = in.next<int64_t>();
        record.tokenId = in.next<int64_t>();
        record.channelId = in.next<int64_t>();
        record.latencyMs = in.next<int64_t>();
        record.firstByteMs = in.next<int64_t>();
        record.promptTokens = in.next<int64_t>();
        record.completionTokens = in.next<int64_t>();
        record.totalTokens = in.next<int64_t>();
        record.status = in.next<int32_t>();
        record.stream = in.next<uint8_t>() != 0;
        record.requestId = in.text();
        record.model = in.text();
        record.upstreamModel = in.text();
        record.error = in.text();
        if (!in.whole()) break;
        records.push_back(std::move(record));
        bytes.remove_prefix(kPrefixBytes + length);
    }
    return records;
}

}  // namespace sluice::usage
