#include "usage/JournalSegment.h"

#include "usage/UsageRecordCodec.h"

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace sluice::usage {

JournalSegment::~JournalSegment() {
    if (fd_ >= 0) ::close(fd_);
}

bool JournalSegment::append(const UsageRecord& record) {
    if (fd_ < 0) {
        path_ = directory_ + "/" + prefix_ + "-" + std::to_string(sequence_++) + ".log";
        fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd_ < 0) return false;
    }
    scratch_.clear();
    encodeUsageRecord(record, scratch_);
    ssize_t written = 0;
    do {
        written = ::write(fd_, scratch_.data(), scratch_.size());
    } while (written < 0 && errno == EINTR);
    if (written == static_cast<ssize_t>(scratch_.size())) return true;
    const int error = written >= 0 ? ENOSPC : errno;  // a short write to a regular file: the disk is full
    ::close(fd_);
    fd_ = -1;
    closed_.push_back(std::move(path_));
    errno = error;
    return false;
}

void JournalSegment::sealInto(std::vector<std::string>& paths) {
    for (std::string& path : closed_) paths.push_back(std::move(path));
    closed_.clear();
    if (fd_ < 0) return;
    ::close(fd_);
    fd_ = -1;
    paths.push_back(std::move(path_));
}

}  // namespace sluice::usage
