#pragma once
// Writing a tensor to a std::ostream as nested rows, [[1, 2, 3], [4, 5, 6]], in the stream's
// own format (set its precision for full digits). A separate header, because <ostream> is a
// cost no other part of ctgrad needs.

#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <ostream>

namespace ctgrad {
namespace detail {

template <class Shape, std::size_t Dim, class T>
void write_rows(std::ostream& out, const T* elements) {
  if constexpr (Dim == Shape::rank) {
    out << *elements;
  } else {
    constexpr std::size_t n = Shape::dims[Dim];
    constexpr std::size_t stride = [] {
      std::size_t s = 1;
      for (std::size_t d = Dim + 1; d < Shape::rank; ++d) s *= Shape::dims[d];
      return s;
    }();
    out << '[';
    for (std::size_t i = 0; i < n; ++i) {
      if (i != 0) out << ", ";
      write_rows<Shape, Dim + 1>(out, elements + i * stride);
    }
    out << ']';
  }
}

}  // namespace detail

template <class T, std::size_t... Dims>
std::ostream& operator<<(std::ostream& out, const tensor<T, Dims...>& t) {
  detail::write_rows<shape<Dims...>, 0>(out, t.elements);
  return out;
}

}  // namespace ctgrad
